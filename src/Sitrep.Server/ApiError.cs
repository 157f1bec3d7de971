using System.Text.Json;

namespace Sitrep.Server;

/// <summary>A request the server refuses with a 4xx status and a message for the caller, written as <c>{"error": "..."}</c>.</summary>
public sealed class ApiError(int status, string message) : Exception(message)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; } = status;

    /// <summary>A 400 Bad Request.</summary>
    public static ApiError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    /// <summary>Writes <c>{"error": message}</c> with <paramref name="status"/>, unless the response has already started.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }), context.RequestAborted);
    }
}
