package cn.medins.contracts.coverage;

/** A fully in scope; B in scope after a first self-pay share; C outside the catalogue. */
public enum CatalogClass { A, B, C }
