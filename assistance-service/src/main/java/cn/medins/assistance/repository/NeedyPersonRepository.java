package cn.medins.assistance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPersonRepository implements PanacheRepositoryBase<NeedyPerson, String> {
}
