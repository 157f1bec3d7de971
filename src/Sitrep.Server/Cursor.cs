using System.Buffers.Text;
using System.Text;

namespace Sitrep.Server;

/// <summary>The opaque paging cursor: the (event_date, event_id) of the last event of a page, base64url-encoded.</summary>
/// <remarks>Opaque so that callers page with what they were given and the listing order can change without breaking clients.</remarks>
public static class Cursor
{
    /// <summary>The cursor that continues after this event.</summary>
    public static string Encode(string date, string eventId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(date + "\n" + eventId));

    /// <summary>The position a cursor stands for, or an <see cref="ApiError"/> for one this server did not hand out.</summary>
    public static (string Date, string EventId) Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
            if (parts.Length == 2 && parts[1].Length > 0) return (parts[0], parts[1]);
        }
        catch (FormatException)
        {
        }

        throw ApiError.BadRequest("cursor is not one this server returned; use next_cursor from the previous page as it is");
    }
}
