package cn.medins.testing.planted.sound.domain;

public class Calculator {
    java.math.BigDecimal total;
}
