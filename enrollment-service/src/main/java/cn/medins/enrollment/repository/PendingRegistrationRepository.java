package cn.medins.enrollment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PendingRegistrationRepository implements PanacheRepositoryBase<PendingRegistration, String> {
}
