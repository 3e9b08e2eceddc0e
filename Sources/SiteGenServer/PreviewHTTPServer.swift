import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// The preview's HTTP/1.1 server, on SwiftNIO: a few event loop threads
/// serve every connection, so a slow or hostile client costs a table entry
/// and a timer, not a thread. NIO's parser bounds each request head; the
/// connection handler adds a deadline for the whole request, the cap on
/// connections, the host check, and answers from a thread pool.
public final class PreviewHTTPServer: Sendable {
    public typealias Handler = @Sendable (HTTPRequestHead) -> HTTPAnswer

    public let host: String
    public let port: Int
    public let limits: PreviewServerLimits
    private let group: MultiThreadedEventLoopGroup
    private let threadPool: NIOThreadPool
    private let listener: any Channel
    private let connections: ConnectionTable
    private let stopped = Mutex(false)

    /// Binds `host:port`, or the first free port after it when `searchPorts`;
    /// connections wait in the kernel's queue until `start()`.
    public init(host: String, port: Int, searchPorts: Int = 0, limits: PreviewServerLimits = .init(), handler: @escaping Handler) throws {
        let address = host == "localhost" ? "127.0.0.1" : host
        guard (try? SocketAddress(ipAddress: address, port: 0)) != nil else {
            throw ServerError("\(host) is not an IP address such as 127.0.0.1")
        }
        self.host = host
        self.limits = limits
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let threadPool = NIOThreadPool(numberOfThreads: max(2, System.coreCount))
        threadPool.start()
        let connections = ConnectionTable(capacity: limits.effectiveMaximumConnections)
        let shared = PreviewConnectionHandler.Context(
            handler: handler, limits: limits, connections: connections, allowedHosts: AllowedHosts(listeningOn: host), threadPool: threadPool)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(.autoRead, value: false)
            // A burst of connections is taken in at once rather than four per
            // turn of the event loop (NIO's default), which left a browser's
            // or the load test's new connections waiting for seconds.
            .serverChannelOption(.maxMessagesPerRead, value: 64)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(
                        withErrorHandling: false, withEncoderConfiguration: .init(), withDecoderLimitConfiguration: limits.decoderLimits)
                    try channel.pipeline.syncOperations.addHandler(PreviewConnectionHandler(shared))
                }
            }
        var lastError: (any Error)?
        var bound: (any Channel)?
        for candidate in port...(port + searchPorts) {
            do {
                bound = try bootstrap.bind(to: SocketAddress(ipAddress: address, port: candidate)).wait()
                break
            } catch {
                lastError = error
            }
        }
        guard let bound, let actualPort = bound.localAddress?.port else {
            try? threadPool.syncShutdownGracefully()
            try? group.syncShutdownGracefully()
            let reason = (lastError as? IOError).map { String(cString: strerror($0.errnoCode)) } ?? lastError.map { "\($0)" } ?? "no address"
            throw ServerError("cannot listen on \(host):\(port)\(searchPorts > 0 ? "-\(port + searchPorts)" : ""): \(reason)")
        }
        self.group = group
        self.threadPool = threadPool
        self.connections = connections
        self.listener = bound
        self.port = actualPort
    }

    /// Starts accepting connections.
    public func start() {
        _ = listener.setOption(.autoRead, value: true)
    }

    /// Stops accepting, closes every connection (live reload streams have
    /// been ended by the hub before) and stops the threads.
    public func stop() {
        let wasStopped = stopped.withLock { value in
            defer { value = true }
            return value
        }
        guard !wasStopped else { return }
        try? listener.close().wait()
        for channel in connections.channels {
            try? channel.close().wait()
        }
        try? threadPool.syncShutdownGracefully()
        try? group.syncShutdownGracefully()
    }

    /// Connections open right now, for tests.
    var openConnections: Int { connections.count }
}

public struct ServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
