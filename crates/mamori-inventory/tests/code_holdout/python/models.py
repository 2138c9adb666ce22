from django.db import models


class Document(models.Model):
    """A scanned contract. ``sha256`` holds the checksum the client computed."""

    title = models.CharField(max_length=200)
    sha256 = models.CharField(max_length=64, db_index=True)
    signature = models.ImageField(upload_to="signatures/", blank=True)
    encrypted = models.BooleanField(default=False, help_text="Stored with AES-256-GCM at rest")

    class Meta:
        ordering = ["-id"]

    def __str__(self):
        return f"{self.title} ({self.sha256[:8]})"
