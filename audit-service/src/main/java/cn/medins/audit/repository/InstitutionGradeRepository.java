package cn.medins.audit.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstitutionGradeRepository implements PanacheRepositoryBase<InstitutionGrade, String> {
}
