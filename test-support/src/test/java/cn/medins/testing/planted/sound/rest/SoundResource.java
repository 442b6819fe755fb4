package cn.medins.testing.planted.sound.rest;

import cn.medins.testing.planted.sound.service.SoundService;

public class SoundResource {
    SoundService service;
}
