package cn.medins.settlement.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AssistanceAdjudicationRepository implements PanacheRepositoryBase<AssistanceAdjudicationRecord, String> {
}
