package cn.medins.localstack;

import java.nio.file.Path;
import java.time.Duration;

/** {@code deploy/local/token <role> [institutionId]}: prints a token for the running local stack, valid for 12 hours. */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: deploy/local/token <" + String.join("|", TokenIssuer.ROLES.stream().sorted().toList())
                    + "> [institutionId]");
            System.exit(2);
        }
        try {
            TokenIssuer issuer = new TokenIssuer(SigningKeys.ofStack(Path.of(args[0])).privateKey(), SigningKeys.ISSUER);
            System.out.println(issuer.token(args[1], args.length == 3 ? args[2] : null, Duration.ofHours(12)));
        } catch (IllegalArgumentException e) {
            System.err.println("deploy/local/token: " + e.getMessage());
            System.exit(2);
        }
    }
}
