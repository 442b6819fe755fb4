package cn.medins.contracts.coverage;

/** 职工 (employee) or 城乡居民 (urban and rural resident) basic medical insurance. */
public enum Scheme { EMPLOYEE, RESIDENT }
