package cn.medins.rest.admission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Puts a resource's endpoints under the service's admission control ({@link Admission}): a call is admitted only while
 * there is room for it, and once admitted its work runs to its end whether or not the caller still waits. Every REST
 * resource of the suite carries it; {@code AdmittedResourcesTest} in each service checks that none is missing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Admitted {
}
