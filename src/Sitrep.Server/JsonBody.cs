using System.Text.Json;

namespace Sitrep.Server;

/// <summary>Writes a JSON response built with a <see cref="Utf8JsonWriter"/>, so stored event JSON is copied without a model in between.</summary>
public static class JsonBody
{
    /// <summary>A result that writes <paramref name="body"/> as <c>application/json</c> with <paramref name="status"/>.</summary>
    public static IResult Result(Action<Utf8JsonWriter> body, int status = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8") =>
        new JsonWriterResult(body, status, contentType);

    /// <summary>
    /// A result written straight to the response as it is made: <paramref name="body"/> calls its second argument every
    /// so often to send what it has written, so a large page never sits whole in memory.
    /// </summary>
    public static IResult Streamed(Func<Utf8JsonWriter, Func<Task>, Task> body, int status = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8") =>
        new StreamedResult(body, status, contentType);

    private sealed class StreamedResult(Func<Utf8JsonWriter, Func<Task>, Task> body, int status, string contentType) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            var pipe = context.Response.BodyWriter;
            // Over the pipe writer, Flush only hands bytes to the pipe (no synchronous I/O); FlushAsync sends them.
            await using var w = new Utf8JsonWriter(pipe);
            await body(w, async () =>
            {
                w.Flush();
                await pipe.FlushAsync(context.RequestAborted);
            });
            w.Flush();
            await pipe.FlushAsync(context.RequestAborted);
        }
    }

    private sealed class JsonWriterResult(Action<Utf8JsonWriter> body, int status, string contentType) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer)) body(w);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }
}
