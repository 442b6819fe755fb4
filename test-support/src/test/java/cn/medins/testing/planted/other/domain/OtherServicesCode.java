package cn.medins.testing.planted.other.domain;

public class OtherServicesCode {
}
