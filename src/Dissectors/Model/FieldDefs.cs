using System.Runtime.CompilerServices;

namespace Sniffer.Dissectors.Model;

/// <summary>
/// Every <see cref="FieldDef"/> by its <see cref="FieldDef.Id"/>: tree nodes hold the id, not the reference, so a node is
/// plain data (copied between threads with one memory copy and no GC write barriers). Definitions register as they are
/// made; the table only grows, a larger copy published whole, so a reader on any thread never sees a torn table.
/// </summary>
internal static class FieldDefs
{
    private static FieldDef[] s_byId = new FieldDef[4096];
    private static readonly Lock s_growing = new();

    public static void Register(FieldDef field)
    {
        lock (s_growing)
        {
            var table = s_byId;
            if (field.Id >= table.Length)
            {
                var larger = new FieldDef[Math.Max(table.Length * 2, field.Id + 1)];
                table.CopyTo(larger, 0);
                larger[field.Id] = field;
                Volatile.Write(ref s_byId, larger);
                return;
            }
            Volatile.Write(ref table[field.Id], field);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldDef Get(int id) => s_byId[id];
}
