package cn.medins.assistance.domain;

/** What a reviewer decides at a case's current stage. */
public enum ReviewDecision { APPROVE, REJECT }
