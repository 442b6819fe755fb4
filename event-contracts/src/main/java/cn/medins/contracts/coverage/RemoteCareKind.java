package cn.medins.contracts.coverage;

public enum RemoteCareKind { LONG_TERM, TEMPORARY }
