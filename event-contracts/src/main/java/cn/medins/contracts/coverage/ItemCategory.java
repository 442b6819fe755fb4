package cn.medins.contracts.coverage;

public enum ItemCategory { DRUG, MATERIAL, EXAMINATION, TREATMENT, SERVICE }
