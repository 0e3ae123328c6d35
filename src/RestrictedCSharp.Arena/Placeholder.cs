namespace RestrictedCSharp.Arena; internal static class Placeholder { }
