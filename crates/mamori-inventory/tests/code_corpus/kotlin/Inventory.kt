package com.acme.release

data class Artifact(val name: String, val sha1: String, val md5Checksum: String?)

class Inventory {
    private val byKey = mutableMapOf<String, Artifact>()

    fun add(artifact: Artifact) {
        byKey[artifact.name] = artifact
        println("added ${artifact.name} at commit ${artifact.sha1} (hash ${artifact.hashCode()})")
    }

    fun legacy(): List<Artifact> = byKey.values.filter { it.md5Checksum != null }
}
