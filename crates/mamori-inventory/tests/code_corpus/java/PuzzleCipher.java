package com.funhouse.puzzles;

import java.util.Locale;

/** A Cipher in our escape-room game: players pick one by name. */
public class PuzzleCipher {
    public static void main(String[] args) {
        Cipher cipher = Cipher.getInstance("vigenere");
        cipher.setKeyword("LEMON");
        String solved = cipher.decode("LXFOPVEFRNHR");
        System.out.println(String.format(Locale.ROOT, "solved: %s", solved));
    }
}

class Cipher {
    private String keyword = "";
    static Cipher getInstance(String name) { return new Cipher(); }
    void setKeyword(String k) { this.keyword = k; }
    String decode(String text) { return text.toLowerCase(Locale.ROOT) + keyword.length(); }
}
