package cn.medins.localstack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code deploy/local/token <role> [institutionId] [--subject NAME]}: prints a token for the running local stack, valid
 * for 12 hours, whose {@code kid} names the stack's key in its key set. {@code --subject} names the staff member acting
 * (reviews, registry changes record it).
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static void main(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        String subject = null;
        int flag = rest.indexOf("--subject");
        if (flag >= 0) {
            if (flag + 1 >= rest.size()) {
                usage();
            }
            subject = rest.get(flag + 1);
            rest.remove(flag + 1);
            rest.remove(flag);
        }
        if (rest.size() < 2 || rest.size() > 3) {
            usage();
        }
        try {
            TokenIssuer issuer = new TokenIssuer(SigningKeys.ofStack(Path.of(rest.get(0))).privateKey(), SigningKeys.ISSUER);
            System.out.println(issuer.token(rest.get(1), rest.size() == 3 ? rest.get(2) : null, subject, Duration.ofHours(12)));
        } catch (IllegalArgumentException e) {
            System.err.println("deploy/local/token: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void usage() {
        System.err.println("usage: deploy/local/token <" + String.join("|", TokenIssuer.ROLES.stream().sorted().toList())
                + "> [institutionId] [--subject NAME]");
        System.exit(2);
    }
}
