package cn.medins.testing.planted.broken.rest;

import cn.medins.testing.planted.broken.repository.BrokenRepository;

/** Planted: a resource that skips the service layer. */
public class BrokenResource {
    BrokenRepository repository;
}
