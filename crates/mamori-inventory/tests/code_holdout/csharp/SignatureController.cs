using Microsoft.AspNetCore.Mvc;

namespace Acme.Contracts.Api;

/// <summary>Stores scanned wet-ink signatures (images), not cryptographic signatures.</summary>
[ApiController]
[Route("api/[controller]")]
public class SignatureController(ISignatureStore store) : ControllerBase
{
    [HttpPost("{contractId}")]
    public async Task<IActionResult> Upload(string contractId, IFormFile image)
    {
        await using var s = image.OpenReadStream();
        var id = await store.SaveAsync(contractId, s);
        return CreatedAtAction(nameof(Get), new { contractId, id }, null);
    }

    [HttpGet("{contractId}/{id}")]
    public Task<IActionResult> Get(string contractId, string id) => store.LoadAsync(contractId, id);
}
