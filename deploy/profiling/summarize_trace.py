#!/usr/bin/env python3
# Summarizes a dotnet-trace sampled-thread-time capture converted to speedscope JSON:
#   dotnet-trace collect -p PID --profile dotnet-sampled-thread-time --duration 00:00:00:10 -o gw.nettrace
#   dotnet-trace convert --format Speedscope gw.nettrace -o gw   &&   python3 deploy/profiling/summarize_trace.py gw.speedscope.json
# Prints managed CPU and unmanaged time, and the inclusive share of each pipeline stage.
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
groups = collections.OrderedDict([
    ('JWT validation (cached)', ('JwtBearerHandler', 'CachingTokenHandler', 'JsonWebTokenHandler')),
    ('Rate limiter', ('RateLimitingMiddleware', 'PartitionedRateLimiter')),
    ('Authorization', ('AuthorizationMiddleware',)),
    ('YARP forwarder + outgoing HttpClient', ('HttpForwarder', 'SocketsHttpHandler', 'HttpConnection', 'DiagnosticsHandler')),
    ('Kestrel HTTP/1.1', ('Kestrel.Core', 'Http1Connection')),
    ('Socket layer', ('System.Net.Sockets',)),
    ('Thread pool dispatch', ('ThreadPoolWorkQueue', 'PortableThreadPool')),
])
def walk(kind):
    total = 0.0; counts = collections.Counter()
    for prof in d['profiles']:
        stack = []; last = None
        for e in prof['events']:
            if last is not None and stack:
                names = [frames[i] for i in stack]
                if names[-1] == kind:
                    dt = e['at'] - last; total += dt
                    joined = ' | '.join(names)
                    for g, pats in groups.items():
                        if any(p in joined for p in pats):
                            counts[g] += dt
            if e['type'] == 'O': stack.append(e['frame'])
            elif stack: stack.pop()
            last = e['at']
    return total, counts
for kind in ('CPU_TIME', 'UNMANAGED_CODE_TIME'):
    total, counts = walk(kind)
    print(f"{kind}: {total:.0f} ms")
    for g in groups:
        print(f"  | {g} | {100*counts[g]/max(total,1):.1f}% |")
