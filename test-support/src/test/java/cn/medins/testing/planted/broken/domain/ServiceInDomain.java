package cn.medins.testing.planted.broken.domain;

import cn.medins.testing.planted.broken.service.BrokenService;

/** Planted: domain code that calls up into a service. */
public class ServiceInDomain {
    BrokenService service;
}
