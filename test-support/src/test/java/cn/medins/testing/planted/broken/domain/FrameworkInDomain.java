package cn.medins.testing.planted.broken.domain;

/** Planted: domain code that holds a framework type. */
public class FrameworkInDomain {
    jakarta.inject.Provider<String> provider;
}
