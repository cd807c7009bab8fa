package org.lectern.io.w3c;

/**
 * One annotation of a file says something impossible (no target, a position that ends before it starts...). The
 * others of the file can still come in: this one is listed with its reason instead.
 */
final class MalformedAnnotation extends Exception {
    private final int number;
    private final String label;
    private final String what;

    /**
     * @param number its place in the file, counted from 1
     * @param label  its id, or "number N" when it has none
     * @param what   what is wrong, as the rest of a sentence: "has no target, so it does not say what it annotates"
     */
    MalformedAnnotation(int number, String label, String what) {
        super("annotation " + number + " " + what);
        this.number = number;
        this.label = label;
        this.what = what;
    }

    int number() {
        return number;
    }

    /** The line the analyst reads among what was not imported. */
    String reason() {
        return "annotation " + label + " was not imported: it " + what;
    }

    String what() {
        return what;
    }
}
