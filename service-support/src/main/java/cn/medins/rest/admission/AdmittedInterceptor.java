package cn.medins.rest.admission;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs outside {@code @WithTransaction} and {@code @WithSession} (priority 200), so that what runs to completion is
 * the whole session, from its first statement to its commit or rollback.
 */
@Admitted
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AdmittedInterceptor {

    private final Admission admission;

    public AdmittedInterceptor(Admission admission) {
        this.admission = admission;
    }

    @AroundInvoke
    Object admit(InvocationContext invocation) throws Exception {
        admission.enter();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error e) {
            admission.leave();
            throw e;
        }
        if (result instanceof Uni<?> work) {
            return admission.runToCompletion(work);
        }
        admission.leave();
        return result;
    }
}
