package cn.medins.logging;

/**
 * Stands in for a logged exception whose message held personal data: the same class name, stack and causes, with
 * the messages masked. Only the log sees it; the exception itself is left untouched for the code that caught it.
 */
final class MaskedThrowable extends Throwable {

    private final String originalClass;

    private MaskedThrowable(Throwable original, Throwable maskedCause) {
        super(PersonalDataMask.mask(original.getMessage()), maskedCause, false, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        if (original == null) {
            return null;
        }
        if (!needsMasking(original)) {
            return original;
        }
        return new MaskedThrowable(original, of(original.getCause() == original ? null : original.getCause()));
    }

    private static boolean needsMasking(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(PersonalDataMask.mask(message))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        String message = getMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}
