package cn.medins.contracts.coverage;

public enum VisitType { OUTPATIENT, CHRONIC, INPATIENT, MATERNITY }
