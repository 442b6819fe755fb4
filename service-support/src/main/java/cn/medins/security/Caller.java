package cn.medins.security;

import java.util.Objects;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.medins.rest.Problem;
import cn.medins.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling, as the verified bearer token says; the one place that decides whose claims an institution may touch. */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /**
     * The person or system acting, from the verified token's subject: what the suite records as having made a change.
     * Never taken from a request body.
     */
    public String name() {
        String subject = token.getSubject();
        return subject != null ? subject : token.getName();
    }

    /**
     * Refuses with 403 when a hospital or pharmacy acts for another institution. Staff roles act for every institution.
     *
     * A missing institution passes here: validation names that field with a 400.
     *
     * @param field where the institution came from, named in the refusal ({@code $.institutionId}, a path parameter)
     */
    public void mayActFor(String institutionId, String field) {
        if (institutionId == null || !token.getGroups().contains(Roles.INSTITUTION)) {
            return;
        }
        String own = token.getClaim(Roles.INSTITUTION_CLAIM);
        if (own == null || !Objects.equals(own, institutionId)) {
            throw new ProblemException(Problem.forbidden(
                    field + ": an institution may act only for itself (its token is for " + own + ")"));
        }
    }
}
