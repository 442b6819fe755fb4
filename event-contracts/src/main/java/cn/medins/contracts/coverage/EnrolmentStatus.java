package cn.medins.contracts.coverage;

/** ACTIVE covers claims within the validity; ENDED is a closed period kept as history. */
public enum EnrolmentStatus { ACTIVE, ENDED }
