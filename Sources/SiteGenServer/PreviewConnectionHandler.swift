import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One connection of the preview server, from its opening to its close: it
/// takes a place in the connection table, must complete each request
/// before the head deadline, has its requests answered on the thread pool
/// (where reading files may block), and streams large files a chunk at a
/// time, each only once the client has taken the previous one.
final class PreviewConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// What every connection of one server shares.
    struct Context: Sendable {
        let handler: PreviewHTTPServer.Handler
        let limits: PreviewServerLimits
        let connections: ConnectionTable
        let allowedHosts: AllowedHosts
        let threadPool: NIOThreadPool
    }

    static let chunkSize = 64 * 1024

    private let shared: Context
    private var request: HTTPRequestHead?
    private var requestHasBody = false
    private var isActive = false
    private var headDeadline: Scheduled<Void>?
    private var stalledWrite: Scheduled<Void>?
    private var eventStream: (listener: Int, hub: LiveReloadHub, keepAlive: RepeatedTask)?

    init(_ shared: Context) {
        self.shared = shared
    }

    func channelActive(context: ChannelHandlerContext) {
        guard shared.connections.admit(context.channel) else {
            context.close(promise: nil)
            return
        }
        isActive = true
        awaitRequest(context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        isActive = false
        shared.connections.remove(context.channel)
        headDeadline?.cancel()
        stalledWrite?.cancel()
        if let eventStream {
            eventStream.keepAlive.cancel()
            eventStream.hub.stopListening(eventStream.listener)
        }
        context.fireChannelInactive()
    }

    /// From now on the whole next request (head and any body) must arrive
    /// within the deadline: a per-read timeout would let a client that sends
    /// a byte now and then hold the connection for ever.
    private func awaitRequest(context: ChannelHandlerContext) {
        shared.connections.waiting(context.channel)
        headDeadline?.cancel()
        let channel = context.channel
        headDeadline = context.eventLoop.scheduleTask(in: .milliseconds(Int64(shared.limits.headDeadline * 1000))) {
            channel.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
            requestHasBody =
                head.headers.contains(name: "transfer-encoding")
                || (head.headers["content-length"].first.map { $0.trimmingCharacters(in: .whitespaces) != "0" } ?? false)
        case .body:
            requestHasBody = true
        case .end:
            guard let head = request else { return }
            request = nil
            headDeadline?.cancel()
            headDeadline = nil
            shared.connections.busy(context.channel)
            answer(head, context: context)
        }
    }

    /// Parse errors: the decoder closes the connection as soon as this
    /// returns, so the answer is written at once (as NIO's own error handler does).
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let parseError = error as? HTTPParserError, request != nil || headDeadline != nil {
            let answer: HTTPAnswer =
                parseError == .headerOverflow
                ? .plain(
                    431,
                    "Request headers too large: at most \(shared.limits.maximumHeaderCount) lines and \(shared.limits.maximumHeaderBytes / 1024) KB.")
                : .plain(400, "Bad request")
            request = nil
            send(answer, version: .http1_1, method: .GET, keepAlive: false, context: context)
            return
        }
        context.close(promise: nil)
    }

    /// A client that does not read its answer is closed after a while
    /// instead of holding its place and its buffers.
    func channelWritabilityChanged(context: ChannelHandlerContext) {
        stalledWrite?.cancel()
        stalledWrite = nil
        if !context.channel.isWritable {
            let channel = context.channel
            stalledWrite = context.eventLoop.scheduleTask(in: .milliseconds(Int64(shared.limits.stalledWriteTimeout * 1000))) {
                channel.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    private func answer(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let keepAlive = head.isKeepAlive && !requestHasBody
        if let refusal = refusal(for: head) {
            send(refusal, version: head.version, method: head.method, keepAlive: false, context: context)
            return
        }
        let handler = shared.handler
        shared.threadPool.runIfActive(eventLoop: context.eventLoop) { handler(head) }
            .assumeIsolated()
            .whenComplete { result in
                guard self.isActive else { return }
                switch result {
                case .success(let answer):
                    self.send(answer, version: head.version, method: head.method, keepAlive: keepAlive, context: context)
                case .failure:
                    self.send(.plain(503, "The preview is stopping."), version: head.version, method: head.method, keepAlive: false, context: context)
                }
            }
    }

    /// Requests refused before they reach the site: too long, too many
    /// headers, or for another host than the preview.
    private func refusal(for head: HTTPRequestHead) -> HTTPAnswer? {
        if head.uri.utf8.count > shared.limits.maximumRequestLine {
            return .plain(414, "Request line too long: at most \(shared.limits.maximumRequestLine / 1024) KB.")
        }
        let headerBytes = head.headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count }
        if headerBytes > shared.limits.maximumHeaderBytes {
            return .plain(431, "Request headers too large: at most \(shared.limits.maximumHeaderBytes / 1024) KB.")
        }
        return shared.allowedHosts.refusal(for: head)
    }

    private func send(_ answer: HTTPAnswer, version: HTTPVersion, method: HTTPMethod, keepAlive requested: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(answer.headers)
        var keepAlive = requested
        switch answer.body {
        case .bytes(let data): headers.replaceOrAdd(name: "Content-Length", value: String(data.count))
        case .file(_, let size): headers.replaceOrAdd(name: "Content-Length", value: String(size))
        case .events: keepAlive = false
        }
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let responseVersion: HTTPVersion = version == .http1_0 ? .http1_0 : .http1_1
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: responseVersion, status: .init(statusCode: answer.status), headers: headers))),
            promise: nil)
        switch answer.body {
        case .bytes(let data):
            if method != .HEAD, !data.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: data)))), promise: nil)
            }
            finish(keepAlive: keepAlive, context: context)
        case .file(let path, let size):
            if method == .HEAD {
                finish(keepAlive: keepAlive, context: context)
            } else {
                context.flush()
                stream(path: path, size: size, keepAlive: keepAlive, context: context)
            }
        case .events(let hub):
            startEvents(hub, context: context)
        }
    }

    /// Ends the answer. A kept-alive connection waits for its next request
    /// from here: the deadline is set before the end is written, as the
    /// next request (already received) may be handed over while it is.
    private func finish(keepAlive: Bool, context: ChannelHandlerContext) {
        if keepAlive {
            awaitRequest(context: context)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
    }

    /// Sends the file a chunk at a time: each is read on the thread pool once
    /// the previous one has been handed to the socket, so a slow client
    /// costs one chunk of memory and never blocks the event loop.
    private func stream(path: String, size: Int, keepAlive: Bool, context: ChannelHandlerContext) {
        shared.threadPool.runIfActive(eventLoop: context.eventLoop) { () throws -> Int32 in
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw IOError(errnoCode: errno, reason: "open") }
            return descriptor
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let descriptor):
                self.sendChunk(of: descriptor, from: 0, remaining: size, keepAlive: keepAlive, context: context)
            case .failure:
                // The length is already sent: only closing tells the client the answer is cut short.
                context.close(promise: nil)
            }
        }
    }

    private func sendChunk(of descriptor: Int32, from offset: Int, remaining: Int, keepAlive: Bool, context: ChannelHandlerContext) {
        guard remaining > 0, isActive else {
            close(descriptor)
            if remaining == 0, isActive { finish(keepAlive: keepAlive, context: context) }
            return
        }
        let count = min(Self.chunkSize, remaining)
        let allocator = context.channel.allocator
        shared.threadPool.runIfActive(eventLoop: context.eventLoop) { () throws -> ByteBuffer in
            var chunk = allocator.buffer(capacity: count)
            let read = chunk.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { bytes in
                max(0, pread(descriptor, bytes.baseAddress, count, off_t(offset)))
            }
            guard read > 0 else { throw IOError(errnoCode: EIO, reason: "the file is shorter than it was") }
            return chunk
        }
        .assumeIsolated()
        .flatMap { chunk in
            context.writeAndFlush(self.wrapOutboundOut(.body(.byteBuffer(chunk)))).map { chunk.readableBytes }
        }
        .whenComplete { result in
            switch result {
            case .success(let sent):
                self.sendChunk(of: descriptor, from: offset + sent, remaining: remaining - sent, keepAlive: keepAlive, context: context)
            case .failure:
                close(descriptor)
                context.close(promise: nil)
            }
        }
    }

    /// Holds the connection open for the hub's events, with a comment every
    /// 15 s so that proxies and the browser do not give up on it; it ends,
    /// cleanly, when the server stops.
    private static func event(_ text: String) -> HTTPServerResponsePart { .body(.byteBuffer(ByteBuffer(string: text))) }

    private func startEvents(_ hub: LiveReloadHub, context: ChannelHandlerContext) {
        let channel = context.channel
        let listener = hub.listen { update in
            switch update {
            case .reload(let generation):
                channel.writeAndFlush(Self.event("event: reload\ndata: \(generation)\n\n"), promise: nil)
            case .stop:
                channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in channel.close(promise: nil) }
            }
        }
        guard let listener else {
            finish(keepAlive: false, context: context)
            return
        }
        // Only once the page listens: a client that has read this line is
        // told of every rebuild from then on.
        context.writeAndFlush(wrapOutboundOut(Self.event("retry: 1000\n\n")), promise: nil)
        let keepAlive = context.eventLoop.scheduleRepeatedTask(initialDelay: .seconds(15), delay: .seconds(15)) { _ in
            channel.writeAndFlush(Self.event(": keep-alive\n\n"), promise: nil)
        }
        eventStream = (listener, hub, keepAlive)
    }
}
