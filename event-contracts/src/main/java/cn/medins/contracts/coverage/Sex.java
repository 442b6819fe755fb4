package cn.medins.contracts.coverage;

public enum Sex { F, M }
