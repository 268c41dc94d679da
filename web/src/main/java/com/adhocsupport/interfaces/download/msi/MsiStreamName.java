package com.adhocsupport.interfaces.download.msi;

/**
 * How Windows Installer names its streams inside the compound file: pairs of characters from
 * [0-9A-Za-z._] packed into one UTF-16 unit, tables marked by a leading U+4840.
 */
final class MsiStreamName {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._";

    private MsiStreamName() {
    }

    /** The stored name of table {@code name}'s stream. */
    static String table(String name) {
        return '\u4840' + encode(name);
    }

    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            int first = ALPHABET.indexOf(name.charAt(i));
            if (first < 0) {
                out.append(name.charAt(i));
            } else if (i + 1 < name.length() && ALPHABET.indexOf(name.charAt(i + 1)) >= 0) {
                out.append((char) (0x3800 + first + (ALPHABET.indexOf(name.charAt(++i)) << 6)));
            } else {
                out.append((char) (0x4800 + first));
            }
        }
        return out.toString();
    }
}
