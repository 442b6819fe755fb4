package cn.medins.testing;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;

/**
 * A provider's verification of the message pacts its consumers wrote: the subclass names the provider
 * ({@code @Provider}) and the pact folder ({@code @PactFolder}), and has one {@code @PactVerifyProvider} method per
 * event, named by its CloudEvents type, that builds the event with the provider's own code.
 */
public abstract class PactProviderVerification {

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void everyEventIsPublishedAsItsConsumersRelyOn(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @BeforeEach
    void verifyMessages(PactVerificationContext context) {
        // only the subclass's package: scanning the whole test classpath for provider methods takes seconds per event
        context.setTarget(new MessageTestTarget(List.of(getClass().getPackageName())));
    }
}
