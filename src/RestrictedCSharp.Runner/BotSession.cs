using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>
/// The loaded bot: its assembly, the instance of its entry class, and its callable methods. Used only on
/// the <see cref="BotThread"/>; every piece of bot code runs inside a budget set just before it.
/// </summary>
internal sealed class BotSession
{
    private readonly Assembly _assembly;
    private readonly object _instance;
    private readonly CallBudgets _defaultBudgets;
    private readonly Dictionary<(string Name, int Arity), BotMethod?> _methods = [];

    private BotSession(Assembly assembly, object instance, CallBudgets defaultBudgets)
    {
        _assembly = assembly;
        _instance = instance;
        _defaultBudgets = defaultBudgets;
    }

    /// <summary>
    /// Loads the assembly and constructs the entry class under the load's budgets. Returns the session
    /// (null unless the constructor succeeded) and the reply for the host.
    /// </summary>
    public static (BotSession? Session, Reply Reply) Load(LoadRequest request)
    {
        Assembly assembly;
        Type entryType;
        try
        {
            var context = new BotLoadContext(request.References);
            assembly = context.Load(request.Assembly);
            entryType = EntryClassFinder.Find(assembly, request.EntryTypeName, request.BotInterfaceName);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException
                                      or EntryClassException or TypeLoadException or ReflectionTypeLoadException
                                      or ArgumentException)
        {
            return (null, new ErrorReply(ErrorCodes.LoadFailed, BotText.Truncate($"{e.GetType().Name}: {e.Message}", BotText.MaxMessageChars)));
        }

        var constructor = entryType.GetConstructor(Type.EmptyTypes)!;
        var clock = Stopwatch.StartNew();
        GuardBudget.Begin(ToLimits(request.Budgets));
        object instance;
        try
        {
            instance = constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
        }
        catch (Exception e)
        {
            var failure = CallFailures.Classify(e, assembly, GuardBudget.Usage, clock.Elapsed.TotalMilliseconds);
            GuardBudget.End();
            return (null, new CallResultReply(failure));
        }
        var usage = GuardBudget.End();
        if (CallFailures.ForTrip(usage.Tripped) is { } tripped)
            return (null, new CallResultReply(Spent(tripped, usage, clock, "The bot's constructor exceeded its budget.")));

        var methods = entryType.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(IsCallable).Select(m => m.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        var loaded = new LoadedBot(entryType.FullName!, methods);
        var result = Spent(CallOutcome.Ok, usage, clock, message: null, Messages.ToJson(loaded));
        return (new BotSession(assembly, instance, request.Budgets), new CallResultReply(result));
    }

    /// <summary>Calls a method: binds the arguments, invokes, and serializes the result, each under a budget.</summary>
    public CallResult Call(CallRequest request)
    {
        var limits = ToLimits(request.Budgets ?? _defaultBudgets);
        if (FindMethod(request.Method, request.Arguments.Length) is not { } method)
            return CallResult.Failed(CallOutcome.Rejected,
                $"The bot has no public method {request.Method} taking {request.Arguments.Length} argument(s).");

        var clock = new Stopwatch();
        // Binding may run bot code (constructors and setters of its own types), so it runs under a budget
        // too; the call then starts from a fresh one.
        GuardBudget.Begin(limits);
        try
        {
            var arguments = method.Bind(request.Arguments);
            if (GuardBudget.Tripped != GuardLimitKind.None)
                return Ended(CallFailures.ForTrip(GuardBudget.Tripped)!.Value, clock, "Binding the arguments exceeded the budget.");

            GuardBudget.Begin(limits);
            clock.Start();
            var returned = method.Invoke(_instance, arguments);
            clock.Stop();
            var value = method.Serialize(returned);

            var usage = GuardBudget.End();
            if (CallFailures.ForTrip(usage.Tripped) is { } tripped)
                return Spent(tripped, usage, clock, "The call exceeded its budget (the bot caught the guard's exception, which trips again).");
            return Spent(CallOutcome.Ok, usage, clock, message: null, value);
        }
        catch (ArgumentBindingException e)
        {
            return Ended(CallOutcome.Rejected, clock, e.Message);
        }
        catch (Exception e)
        {
            clock.Stop();
            var failure = CallFailures.Classify(e, _assembly, GuardBudget.Usage, clock.Elapsed.TotalMilliseconds);
            GuardBudget.End();
            return failure;
        }
    }

    private CallResult Ended(CallOutcome outcome, Stopwatch clock, string message) =>
        Spent(outcome, GuardBudget.End(), clock, message);

    private static CallResult Spent(CallOutcome outcome, GuardUsage usage, Stopwatch clock, string? message, JsonElement? value = null) => new()
    {
        Outcome = outcome,
        Value = value,
        Message = message,
        Ticks = usage.TicksUsed,
        AllocatedBytes = usage.BytesAllocated,
        WallMs = clock.Elapsed.TotalMilliseconds,
    };

    private BotMethod? FindMethod(string name, int arity)
    {
        if (_methods.TryGetValue((name, arity), out var cached)) return cached;
        var matches = _instance.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == name && IsCallable(m) && m.GetParameters().Length == arity)
            .ToList();
        // Overloads of the same arity are ambiguous from JSON: refuse rather than guess.
        var method = matches.Count == 1 ? new BotMethod(matches[0]) : null;
        _methods[(name, arity)] = method;
        return method;
    }

    /// <summary>A method the host may call: the bot's own (or its game base class's), not object's, not an accessor, not generic.</summary>
    private static bool IsCallable(MethodInfo method) =>
        method.DeclaringType != typeof(object)
        && !method.IsSpecialName
        && !method.ContainsGenericParameters
        && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer);

    private static GuardLimits ToLimits(CallBudgets budgets) =>
        new(budgets.Ticks, budgets.CallDepth, budgets.AllocatedBytes);

}
