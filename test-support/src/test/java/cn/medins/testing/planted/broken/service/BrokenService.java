package cn.medins.testing.planted.broken.service;

import cn.medins.testing.planted.other.domain.OtherServicesCode;

/** Planted: a service that uses another service's code. */
public class BrokenService {
    OtherServicesCode other;
}
