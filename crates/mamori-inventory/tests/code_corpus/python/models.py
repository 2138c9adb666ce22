from django.db import models


class Release(models.Model):
    """A build. `sha1` is the git commit, not a cryptographic choice."""

    name = models.CharField(max_length=200)
    sha1 = models.CharField(max_length=40)
    md5sum = models.CharField(max_length=32, blank=True)

    def rsa_key_path(self) -> str:
        return f"/srv/keys/{self.name}.pem"

    def __hash__(self) -> int:
        return hash(self.name)

    def labels(self) -> dict:
        return {"key": self.name, "digest": self.sha1[:7]}
