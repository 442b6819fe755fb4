package cn.medins.testing.planted.broken.repository;

public class BrokenRepository {
}
