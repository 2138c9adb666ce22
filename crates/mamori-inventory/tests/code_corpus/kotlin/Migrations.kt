package com.acme.db

object Migrations {
    val v12 = """
        ALTER TABLE credentials ADD COLUMN hash_algorithm VARCHAR(16) DEFAULT 'bcrypt';
        UPDATE credentials SET needs_rehash = TRUE WHERE hash_algorithm IN ('md5', 'sha1');
    """.trimIndent()

    fun weakKeysQuery(minBits: Int) =
        "SELECT id FROM keys WHERE algorithm = 'RSA' AND bits < " + minBits + " OR algorithm = 'DSA'"
}
