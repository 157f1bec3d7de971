namespace Sitrep.Server;

/// <summary>Reads a request body up to a size limit, answering 413 with a clear message past it.</summary>
public static class RequestBody
{
    /// <summary>The whole body, or an <see cref="ApiError"/> 413 when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(request.ContentLength.Value, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int n;
            while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
            {
                // A chunked body states no length, so the limit is checked while reading.
                if (buffer.Length + n > maxBytes) throw TooLarge(null, maxBytes);
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(null, maxBytes);
        }

        return buffer.ToArray();
    }

    private static ApiError TooLarge(long? size, long max) => new(StatusCodes.Status413PayloadTooLarge,
        $"request body {(size is { } s ? $"is {Mb(s)}, " : "")}over the {Mb(max)} limit; split the report or raise the server's limit (--max-body-mb)");

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0.##} MB";
}
