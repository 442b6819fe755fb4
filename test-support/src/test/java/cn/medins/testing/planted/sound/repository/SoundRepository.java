package cn.medins.testing.planted.sound.repository;

import cn.medins.testing.planted.sound.domain.Calculator;

public class SoundRepository {
    Calculator calculator;
}
