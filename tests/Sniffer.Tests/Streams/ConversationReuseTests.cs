using System.Collections;
using System.Reflection;
using Sniffer.Dissectors.Model;
using Sniffer.Dissectors.Protocols.Http;
using Sniffer.Dissectors.Streams;

namespace Sniffer.Tests.Streams;

/// <summary>
/// A forgotten conversation's objects are reused for a later connection (TcpConversationTable keeps spares, and HTTP
/// keeps its per-connection states): a reused one must be, member for member, what a new one is, or one connection's
/// state would leak into the next. Every field is scribbled on by reflection, so a field added later and not reset by
/// Reuse/Recycle fails here.
/// </summary>
public sealed class ConversationReuseTests
{
    private static readonly ConversationKey Key = ConversationKey.From([10, 0, 0, 2], 40000, [10, 0, 0, 1], 80, out _);
    private static readonly ConversationKey OtherKey = ConversationKey.From([10, 0, 0, 3], 40001, [10, 0, 0, 1], 8080, out _);

    [Fact]
    public void A_reused_conversation_is_member_for_member_a_new_one()
    {
        var limits = new ReassemblyLimits();
        var used = new TcpConversation(7, Key, aIsClient: true, 40000, 80, firstFrame: 3, firstTime: 30);
        used.ClientToServer.Stream = new PduStream(limits);
        used.ServerToClient.Stream = new PduStream(limits);
        Scribble(used);
        Scribble(used.State);
        foreach (var half in new[] { used.ClientToServer, used.ServerToClient })
        {
            Scribble(half);
            Scribble(half.Side, except: ["<Direction>k__BackingField"]);
            Scribble(half.Stream!, except: ["_limits", "OlderHolder", "NewerHolder", "Holding", "CountedBytes", "_pending", "<SegmentPerDelivery>k__BackingField"]);
            for (int i = 0; i < 40; i++)
                half.Unacked.Add(new TcpUnackedSegment { Seq = (uint)i, NextSeq = (uint)i + 1, Frame = i, Time = i });
        }
        used.State.GetState(new object(), () => new object());

        used.ClientToServer.ReleaseBuffers();
        used.ServerToClient.ReleaseBuffers();
        used.State.ReleaseForReuse();
        used.Reuse(12, OtherKey, aIsClient: false, 40001, 8080, firstFrame: 50, firstTime: 500);

        var fresh = new TcpConversation(12, OtherKey, aIsClient: false, 40001, 8080, firstFrame: 50, firstTime: 500);
        fresh.ClientToServer.Stream = new PduStream(limits);
        fresh.ServerToClient.Stream = new PduStream(limits);
        AssertSame(fresh, used, "conversation");
        Assert.True(used.ClientToServer.Unacked.Capacity <= 16, "a busy connection's unacked list is not kept whole");
    }

    [Fact]
    public void A_recycled_http_state_is_member_for_member_a_new_one_and_one_that_records_transactions_is_not_reused()
    {
        var spares = new Stack<HttpConversation>();
        var used = new HttpConversation(HttpFields.Protocol, recordsTransactions: false, spares);
        Scribble(used, except: ["_transactions", "_spares", "<Protocol>k__BackingField", "<RecordsTransactions>k__BackingField"]);
        used.LastRequestUri.Set(new byte[300]);
        used.LastFullUri.Set("http://a/"u8);
        used.Framing[1].CompletedLength = 9;
        used.Recycle();
        Assert.Same(used, Assert.Single(spares));
        AssertSame(new HttpConversation(HttpFields.Protocol, recordsTransactions: false, spares), used, "http");

        var recording = new HttpConversation(HttpFields.Protocol, recordsTransactions: true, spares);
        recording.Recycle();
        Assert.Single(spares);
    }

    [Fact]
    public void Releasing_for_reuse_hands_reusable_protocol_states_back_once_and_keeps_no_layer()
    {
        var state = new ConversationState(1, 40000, 80);
        var owner = new object();
        var reusable = new CountingState();
        state.GetState(owner, () => reusable);
        state.ReleaseForReuse();
        Assert.Equal(1, reusable.Recycled);
        Assert.Empty(state.Layers);
        Assert.False(state.TryGetState<CountingState>(owner, out _));
    }

    private sealed class CountingState : IReusableState
    {
        public int Recycled;
        public void Recycle() => Recycled++;
    }

    /// <summary>Sets every instance field declared on the object's class to a value no constructor gives it.</summary>
    private static void Scribble(object target, string[]? except = null)
    {
        foreach (var field in Fields(target.GetType()))
        {
            if (except?.Contains(field.Name) == true || field.IsInitOnly && !field.Name.EndsWith("k__BackingField", StringComparison.Ordinal))
                continue;
            var type = field.FieldType;
            object? value = type == typeof(bool) ? !(bool)field.GetValue(target)!
                : type.IsEnum ? Enum.ToObject(type, 0x5A)
                : type == typeof(int) ? 0x5A5A
                : type == typeof(uint) ? 0x5A5Au
                : type == typeof(long) ? 0x5A5AL
                : type == typeof(ushort) ? (ushort)0x5A5A
                : type.IsValueType ? ScribbledStruct(type)
                : null;
            if (value is null)
                continue; // references: their own objects are scribbled, or they are buffers checked by content
            field.SetValue(target, value);
        }
    }

    private static object ScribbledStruct(Type type)
    {
        object boxed = Activator.CreateInstance(type)!;
        foreach (var field in Fields(type))
        {
            var t = field.FieldType;
            if (t == typeof(int)) field.SetValue(boxed, 0x5A);
            else if (t == typeof(long)) field.SetValue(boxed, 0x5AL);
            else if (t == typeof(uint)) field.SetValue(boxed, 0x5Au);
            else if (t == typeof(bool)) field.SetValue(boxed, true);
        }
        return boxed;
    }

    private static IEnumerable<FieldInfo> Fields(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>Compares two object graphs field by field: lists by their items, buffers by what they hold.</summary>
    private static void AssertSame(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            // A list kept emptied stands for no list.
            bool emptyOrNull(object? o) => o is null || o is ICollection { Count: 0 };
            Assert.True(emptyOrNull(expected) && emptyOrNull(actual), $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
            return;
        }
        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: {type} vs {actual.GetType()}");
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(ConversationKey) || expected is ReassemblyLimits)
        {
            Assert.True(Equals(expected, actual), $"{path}: {expected} vs {actual}");
            return;
        }
        if (expected is Array array)
        {
            // A buffer's size may differ (a reused one keeps its room); what counts of it is in the length fields
            // compared beside it. Arrays of one size (HTTP's framing per direction) are compared item by item.
            var other = (Array)actual;
            if (array.Length == other.Length)
                for (int i = 0; i < array.Length; i++)
                    AssertSame(array.GetValue(i), other.GetValue(i), $"{path}[{i}]");
            return;
        }
        if (expected is IList list)
        {
            var other = (IList)actual;
            Assert.True(list.Count == other.Count, $"{path}: {list.Count} vs {other.Count} items");
            for (int i = 0; i < list.Count; i++)
                AssertSame(list[i], other[i], $"{path}[{i}]");
            return;
        }
        if (expected is Stack<HttpConversation>)
            return;
        foreach (var field in Fields(type))
            AssertSame(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}");
    }
}
