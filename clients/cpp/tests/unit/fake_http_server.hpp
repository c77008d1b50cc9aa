// A one-thread HTTP server on 127.0.0.1 that answers every POST with a canned reply, to test the
// transport (auth header, HTTP errors, bad XML, timeouts) without supervisord.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

namespace supvisors::testing {

class FakeHttpServer {
public:
    /// status: HTTP status line tail ("200 OK"); body: the reply body; silent: never answer.
    FakeHttpServer(std::string status, std::string body, bool silent = false)
        : status_(std::move(status)), body_(std::move(body)), silent_(silent) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(fd_, 8);
        socklen_t len = sizeof addr;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] { serve(); });
    }

    ~FakeHttpServer() {
        stop_ = true;
        ::shutdown(fd_, SHUT_RDWR);
        ::close(fd_);
        thread_.join();
    }

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    std::string last_request() {
        std::lock_guard<std::mutex> lock(mutex_);
        return request_;
    }

private:
    void serve() {
        while (!stop_) {
            const int conn = ::accept(fd_, nullptr, nullptr);
            if (conn < 0) return;
            std::string request = read_request(conn);
            {
                std::lock_guard<std::mutex> lock(mutex_);
                request_ = request;
            }
            if (silent_) {
                while (!stop_) std::this_thread::sleep_for(std::chrono::milliseconds(20));
            } else {
                const std::string reply = "HTTP/1.1 " + status_ + "\r\nContent-Type: text/xml\r\nContent-Length: " +
                                          std::to_string(body_.size()) + "\r\nConnection: close\r\n\r\n" + body_;
                (void)!::write(conn, reply.data(), reply.size());
            }
            ::close(conn);
        }
    }

    static std::string read_request(int conn) {
        std::string data;
        char buffer[4096];
        std::size_t expected = std::string::npos;
        while (expected == std::string::npos || data.size() < expected) {
            const ssize_t n = ::read(conn, buffer, sizeof buffer);
            if (n <= 0) break;
            data.append(buffer, static_cast<std::size_t>(n));
            const std::size_t end = data.find("\r\n\r\n");
            if (end != std::string::npos && expected == std::string::npos) {
                const std::size_t at = data.find("Content-Length: ");
                const std::size_t length = at == std::string::npos ? 0 : std::stoul(data.substr(at + 16));
                expected = end + 4 + length;
            }
        }
        return data;
    }

    std::string status_, body_;
    bool silent_;
    int fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::string request_;
    std::thread thread_;
};

}  // namespace supvisors::testing
