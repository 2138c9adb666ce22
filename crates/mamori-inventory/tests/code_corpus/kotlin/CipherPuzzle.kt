package com.funhouse.kids

class Cipher(private val shift: Int) {
    fun encode(text: String): String = text.map { shiftChar(it, shift) }.joinToString("")
    fun decode(text: String): String = text.map { shiftChar(it, 26 - shift) }.joinToString("")

    private fun shiftChar(c: Char, by: Int): Char =
        if (c.isLetter()) 'a' + (c.lowercaseChar() - 'a' + by) % 26 else c
}

fun main() {
    val cipher = Cipher(3)
    println(cipher.decode(cipher.encode("attack at dawn")))
}
