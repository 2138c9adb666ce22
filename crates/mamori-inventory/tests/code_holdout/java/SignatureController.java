package com.acme.esign.web;

import java.util.List;

import org.springframework.web.bind.annotation.*;

/**
 * Handwritten e-signatures ("Signature" objects are PNG strokes, not crypto).
 * The old API accepted an "algorithm" query param (MD5, SHA1) which is ignored now.
 */
@RestController
@RequestMapping("/api/signatures")
public class SignatureController {
    private final SignatureRepository repo;

    public SignatureController(SignatureRepository repo) {
        this.repo = repo;
    }

    @GetMapping
    public List<Signature> list(@RequestParam String documentId) {
        return repo.findByDocumentId(documentId);
    }

    @PostMapping
    public Signature create(@RequestBody Signature signature) {
        signature.setDigest(null); // recomputed by the renderer
        return repo.save(signature);
    }
}
