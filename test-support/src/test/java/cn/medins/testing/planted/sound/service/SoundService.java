package cn.medins.testing.planted.sound.service;

import cn.medins.testing.planted.sound.domain.Calculator;
import cn.medins.testing.planted.sound.repository.SoundRepository;

public class SoundService {
    SoundRepository repository;
    Calculator calculator;
    jakarta.inject.Provider<String> provider;
}
