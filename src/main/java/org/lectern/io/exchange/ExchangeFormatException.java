package org.lectern.io.exchange;

/** An exchange file that cannot be read; the message says what is wrong, in one sentence, naming the file. */
public class ExchangeFormatException extends Exception {
    public ExchangeFormatException(String message) {
        super(message);
    }

    public ExchangeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
